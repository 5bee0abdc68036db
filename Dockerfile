# Build with the Maven Wrapper on a JDK, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK: whether the Temurin image ships it has changed between its Ubuntu releases, so it is
# installed here rather than assumed
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /home/referent referent \
    && mkdir -p /data && chown referent /data
COPY --from=build /src/bot/target/referent.jar /app/referent.jar
COPY --from=build /src/samples /app/samples
USER referent
WORKDIR /app
ENV REFERENT_DATA_DIR=/data
VOLUME /data
# /health answers when REFERENT_HTTP_PORT is set (run in a service); a container without an HTTP server (a command
# such as ingest) has nothing to check and counts as healthy
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD test -z "$REFERENT_HTTP_PORT" || curl -fsS -o /dev/null "http://127.0.0.1:$REFERENT_HTTP_PORT/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/referent.jar"]
CMD ["--help"]
