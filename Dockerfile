FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY console ./console
# the classifier's trained model (and the corpus it came from) ship with the service
COPY data ./data
RUN npm run build && npm prune --omit=dev \
  # the one place the service writes (the embedded database and a generated admin key, when DATABASE_URL is unset)
  && mkdir -p /app/.data && chown node:node /app/.data
ENV NODE_ENV=production
# a container listens beyond its own loopback; outside one the service binds 127.0.0.1 unless HOST says otherwise
ENV HOST=0.0.0.0
EXPOSE 3000
# the code is root's and read-only to the process
USER node
CMD ["node", "dist/main.js"]
