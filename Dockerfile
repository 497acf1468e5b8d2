# One image per service: docker build --build-arg SERVICE=ingest-service .
# Build stage: the reactor modules the service needs (tests run in CI, not here).
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
# mdep.skip: the local-stack module (a test dependency) would otherwise unpack a search node into the build
RUN mvn -B -ntp -pl ${SERVICE} -am -DskipTests -Dmdep.skip=true package

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN useradd --system --uid 10001 newsroom
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/service.jar
USER newsroom
# the services listen on loopback unless told otherwise; inside a container the published port needs every interface
ENV NEWSROOM_BIND_ADDRESS=0.0.0.0
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
