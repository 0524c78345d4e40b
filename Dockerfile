# One image for every service: the command chooses which app it runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json .swcrc ./
COPY apps apps
COPY libs libs
COPY tools tools
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# V8 grows a heap by up to 4x its live data after each full collection when its limit is the
# host's default (4 GB here), and by 1.3-2x under a smaller limit. Left to the default, a service
# under the submit load grew to 336 MiB resident, mostly garbage; at 1 GB it peaks near 200 MiB
# with reads as fast as before. Much lower limits (192-512 MB) collect six times as often and
# cost reads a fifth of their throughput and twice their p99 (bench/README.md). Nothing a service
# holds grows with the data: exports and uploads stream. A deployment with other limits sets its own.
ENV NODE_OPTIONS="--max-old-space-size=1024"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist dist
RUN mkdir -p /var/lib/qaztech/storage /var/lib/qaztech/keys && chown -R node:node /var/lib/qaztech
USER node
EXPOSE 3000
CMD ["node", "dist/apps/standalone/src/main.js"]
