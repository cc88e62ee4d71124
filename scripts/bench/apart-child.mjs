// One subject of a benchmark in a process of its own (apart.mjs):
// `node apart-child.mjs <module URL> <export> <subject> <server URL> <options> [alone]`.
// The module's export is { subjects, compare, alone }: `subjects` maps each subject's name (and
// "raw", the floor) to a factory that takes the server's URL and the options and gives the
// function one operation runs. Without `alone`, the subject and the floor are measured in turns
// with `compare(subjects, options)` (e.g. compareHttp), and the subject CONTROL is a second copy
// of the floor; with it, the subject by itself with `alone(fn, options)`. Prints the result as
// JSON.
import { CONTROL } from "./apart.mjs";

const [moduleUrl, exportName, name, url, json, alone] = process.argv.slice(2);
const bench = (await import(moduleUrl))[exportName];
const options = JSON.parse(json);
const make = (who) => bench.subjects[who === CONTROL ? "raw" : who](url, options);
const result = alone
  ? await bench.alone(await make(name), options)
  : await bench.compare({ raw: await make("raw"), [name]: await make(name) }, options);
process.stdout.write(JSON.stringify(result));
