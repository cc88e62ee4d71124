// One subject of a benchmark against its floor, in a process of its own (measure.mjs
// `compareApart`): `node apart-child.mjs <module URL> <export> <subject> <server URL> <options>`.
// The module's export is { subjects, compare }: `subjects` maps each subject's name (and "raw",
// the floor) to a factory that takes the server's URL and the options and gives the function one
// operation runs; `compare(subjects, options)` measures them (e.g. compareHttp). The subject
// CONTROL is a second copy of the floor. Prints compare's result as JSON.
import { CONTROL } from "./measure.mjs";

const [moduleUrl, exportName, name, url, json] = process.argv.slice(2);
const { subjects: factories, compare } = (await import(moduleUrl))[exportName];
const options = JSON.parse(json);
const subjects = {
  raw: await factories.raw(url, options),
  [name]: await (name === CONTROL ? factories.raw : factories[name])(url, options),
};
process.stdout.write(JSON.stringify(await compare(subjects, options)));
