import { runScoreCli } from "./score-cli";

process.exitCode = await runScoreCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
