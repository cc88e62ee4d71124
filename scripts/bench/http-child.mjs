// One subject of an HTTP benchmark against the floor, in a process of its own (measure.mjs
// `compareHttpApart`): `node http-child.mjs <module URL> <export> <subject> <server URL> <options>`.
// The module's export maps each subject's name (and "raw", the floor) to a factory that takes the
// server's URL and gives the function one request runs. Prints compareHttp's result as JSON.
import { compareHttp } from "./measure.mjs";

const [moduleUrl, exportName, name, url, options] = process.argv.slice(2);
const factories = (await import(moduleUrl))[exportName];
const subjects = { raw: await factories.raw(url), [name]: await factories[name](url) };
process.stdout.write(JSON.stringify(await compareHttp(subjects, JSON.parse(options))));
