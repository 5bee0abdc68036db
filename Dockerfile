# Build with the Maven Wrapper on a JDK, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /home/referent referent \
    && mkdir -p /data && chown referent /data
COPY --from=build /src/bot/target/referent.jar /app/referent.jar
COPY --from=build /src/samples /app/samples
USER referent
WORKDIR /app
ENV REFERENT_DATA_DIR=/data
VOLUME /data
ENTRYPOINT ["java", "-jar", "/app/referent.jar"]
CMD ["--help"]
