// How help reads: global flags in every command's help, required operands in angle brackets,
// no `(default: [])` for a repeatable flag that starts empty.
import { type Command, Help, type Option } from "commander";

export function configureHelp(program: Command): void {
  program.configureHelp({
    showGlobalOptions: true,
    optionDescription(option: Option) {
      if (Array.isArray(option.defaultValue) && option.defaultValue.length === 0) {
        return option.description;
      }
      return Help.prototype.optionDescription.call(this, option);
    },
    // `completion <shell>` as its usage shows it, not as commander registered it (`[shell]`)
    subcommandTerm(command: Command) {
      if (!command.registeredArguments.length) {
        return Help.prototype.subcommandTerm.call(this, command);
      }
      return `${command.name()} ${command.usage().replace(/^\[options\] /, "")}`;
    },
  });
}

/**
 * Commander's syntax for `operands`: `<ids...>` is registered as `[ids...]` (the command checks
 * that some were given, so every problem is listed at once) but shown required in the usage.
 */
export function addOperands(command: Command, [syntax, description]: readonly [string, string]) {
  command.argument(syntax.replace(/^<(.*)>$/, "[$1]"), description);
  if (syntax.startsWith("<")) command.usage(`[options] ${syntax}`);
}
