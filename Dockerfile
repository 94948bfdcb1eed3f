# Production image of the portal: build with `docker build -t kozossegi-portal .` (or `docker compose build`).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package && cp target/portal-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal
USER portal
COPY --from=build /app.jar /app/portal.jar
EXPOSE 8080
# No embedded database in production: SPRING_DATASOURCE_URL (with _USERNAME and _PASSWORD) must be set.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
