import { defaultFormat, helpWidth } from './root-options';
import { asksTopLevelHelp, topLevelHelp } from './top-level-help';

// `sl … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const argv = process.argv.slice(2);
if (asksTopLevelHelp(argv)) {
  // The one command line that needs no parser: printed without loading commander.
  process.stdout.write(topLevelHelp(defaultFormat(process.stdout), helpWidth(process.stdout)));
} else {
  void import('./run-cli').then(async ({ runCli }) => {
    process.exitCode = await runCli(argv);
  });
}
