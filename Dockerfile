# syntax=docker/dockerfile:1
#
# synergybot is a single static binary: the SQLite driver (modernc.org/sqlite)
# is pure Go, so it builds with CGO_ENABLED=0 and runs on a distroless base
# with no shell, as a non-root user. See docs/operations.md.
#
#   docker build -t synergybot .
#   docker run -d --name synergybot \
#     -v /etc/synergybot/discord_token:/run/secrets/discord_token:ro \
#     -e SYNERGYBOT_DISCORD_TOKEN_FILE=/run/secrets/discord_token \
#     -v synergybot-data:/data -p 127.0.0.1:8080:8080 synergybot

# Build: a static binary, no cgo.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/synergybot ./cmd/synergybot \
 && mkdir /out/data

# Run: distroless static has CA certificates and time zones, and a nonroot
# user (uid 65532); nothing else.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/synergybot /usr/local/bin/synergybot
COPY --from=build --chown=65532:65532 /out/data /data
ENV SYNERGYBOT_STORAGE_PATH=/data/synergybot.db \
    XDG_STATE_HOME=/data \
    SYNERGYBOT_LOG_FORMAT=json
VOLUME /data
USER nonroot:nonroot
EXPOSE 8080
# docker stop sends SIGTERM and waits 10 s by default: serve stops within
# that (a second signal, docker kill -s TERM, stops it at once).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/synergybot"]
CMD ["serve", "--http", ":8080"]
