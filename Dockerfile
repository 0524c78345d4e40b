# One image for every service: the command chooses which app it runs. Node 22 is the LTS line the
# image ships; the code also runs on Node 20.19 and later, which development machines may have.
#
# Dependencies install without their install scripts (`--ignore-scripts`): a package's script runs
# only when it is named in `npm rebuild` below, and tests/deployment fails when the lock file gains
# a package with an install script that is neither allowed here nor refused there, with its reason.
# Allowed: @swc/core (the build's compiler; its script checks the native binary and falls back to
# WebAssembly) and msgpackr-extract (BullMQ's faster message decoding; its script finds the
# prebuilt binary). Refused, among others: @scarf/scarf, which reports installs to a third party.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN npm rebuild @swc/core msgpackr-extract
COPY tsconfig.json .swcrc ./
COPY apps apps
COPY libs libs
COPY tools tools
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
# V8 grows a heap by up to 4x its live data after each full collection when its limit is the
# host's default (4 GB here), and by 1.3-2x under a smaller limit. Left to the default, a service
# under the submit load grew to 336 MiB resident, mostly garbage; at 1 GB it peaks near 200 MiB
# with reads as fast as before. Much lower limits (192-512 MB) collect six times as often and
# cost reads a fifth of their throughput and twice their p99 (docs/adr/0017-heap-limit.md).
# Nothing a service holds grows with the data: exports and uploads stream. A deployment with
# other limits sets its own.
ENV NODE_OPTIONS="--max-old-space-size=1024"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm rebuild msgpackr-extract && npm cache clean --force
COPY --from=build /app/dist dist
RUN mkdir -p /var/lib/qaztech/storage /var/lib/qaztech/keys && chown -R node:node /var/lib/qaztech
USER node
EXPOSE 3000
CMD ["node", "dist/apps/standalone/src/main.js"]
