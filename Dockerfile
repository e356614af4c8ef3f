# syntax=docker/dockerfile:1
# casa-bot's production image: the compiled bot (npm run build) on Node 24, run as a non-root user.
# Not built in CI (Docker is not available there); test/unit/deploy/containerFiles.test.ts checks what it can.

FROM node:24-bookworm-slim AS build
# Compilers for the native modules (better-sqlite3, argon2) in case no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .nvmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY tools ./tools
COPY bot ./bot
COPY dialogs ./dialogs
COPY locales ./locales
COPY prisma ./prisma
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
# DejaVu Sans: the posters' and PDFs' Arabic and Ukrainian (the other scripts' fonts come with node_modules).
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The data folder and the key's folder belong to the bot's user (an empty volume mounted there takes them over).
RUN mkdir -p /app/data /etc/casa-bot \
  && chown node:node /app/data /etc/casa-bot \
  && chmod 700 /app/data /etc/casa-bot
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=16", "dist/bot/index.js"]
