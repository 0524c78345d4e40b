import { runCommand } from './cli-args';
import { runSign } from './sign-command';

runCommand(async () => {
  process.stdout.write(runSign(process.argv.slice(2)));
});
