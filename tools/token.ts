import { isRole, isValidKzIdentifier, loadOrCreateDevKey, loadPlatformConfig, mintDevToken, Role, ROLES } from '@qaztech/platform';
import { parseArgs, runCommand } from './cli-args';

const HELP = `Mint a development access token (the built-in issuer; refused in production).

Usage: npm run -s token -- --role ROLE [--role ROLE…] [--agency BIN] [--name "Full Name"] [--subject ID] [--iin IIN] [--expires SECONDS]

  --role      one of: ${ROLES.join(', ')}
              (repeat, or separate with commas, for several roles)
  --agency    BIN of the agency, required for agency.submitter and agency.signatory; for
              Commission staff, the organisation they work for (recused from its requests)
  --name      the user's display name (default "Development User")
  --subject   a stable user id (default: a new random one)
  --iin       the person's IIN, as an identity provider states it: a signature must then be theirs
  --expires   lifetime in seconds (default 28800, eight hours; at most
              AUTH_MAX_TOKEN_LIFETIME_SECONDS, which the servers enforce)

Prints the token alone on standard output, e.g.
  TOKEN=$(npm run -s token -- --role agency.signatory --agency 940140000385 --name "Айгерим Садыкова")
  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/requests
`;

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2), ['role', 'agency', 'name', 'subject', 'iin', 'expires', 'help']);
  if (args.has('help')) {
    process.stdout.write(HELP);
    return;
  }
  const config = loadPlatformConfig();
  if (!config.AUTH_DEV_ISSUER) throw new Error('the development issuer is off (AUTH_DEV_ISSUER=false)');
  const roles = (args.get('role') ?? []).flatMap((value) => value.split(',')).map((value) => value.trim());
  if (roles.length === 0) throw new Error(`--role is required\n\n${HELP}`);
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(', ')}; roles are: ${ROLES.join(', ')}`);
  const agencyBin = args.get('agency')?.at(-1);
  if (agencyBin !== undefined && !isValidKzIdentifier(agencyBin)) throw new Error(`--agency ${agencyBin} is not a valid BIN`);
  const iin = args.get('iin')?.at(-1);
  if (iin !== undefined && !isValidKzIdentifier(iin)) throw new Error(`--iin ${iin} is not a valid IIN`);
  if (roles.some((role) => role.startsWith('agency.')) && !agencyBin) throw new Error('agency roles need --agency BIN');
  const expires = Number(args.get('expires')?.at(-1) ?? 8 * 3600);
  if (!Number.isInteger(expires) || expires <= 0) throw new Error('--expires must be a positive number of seconds');
  if (expires > config.AUTH_MAX_TOKEN_LIFETIME_SECONDS) {
    throw new Error(
      `--expires may be at most ${config.AUTH_MAX_TOKEN_LIFETIME_SECONDS} s (AUTH_MAX_TOKEN_LIFETIME_SECONDS): servers refuse longer tokens`,
    );
  }
  const token = await mintDevToken(await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE), {
    roles: roles as Role[],
    agencyBin,
    name: args.get('name')?.at(-1) ?? 'Development User',
    subject: args.get('subject')?.at(-1),
    iin,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    expiresInSeconds: expires,
  });
  process.stdout.write(`${token}\n`);
});
