# The portal as an image: built with the Maven wrapper, run from Spring Boot's layers (the
# dependencies change less often than the code, so a rebuild ships only the top layer) as
# a user without privileges. `docker compose --profile production up -d` runs two of them
# behind nginx (docker-compose.yml, deploy/).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
	&& java -Djarmode=tools -jar target/exchange-portal-1.0.0-SNAPSHOT.jar extract --layers --launcher \
		--destination /layers

FROM eclipse-temurin:17-jre
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system portal \
	&& useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal \
	&& mkdir -p /app /media \
	&& chown portal:portal /media
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER portal
ENV PORTAL_MEDIA_DIR=/media \
	JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# on the management port when one is set (MANAGEMENT_SERVER_PORT), else on the portal's
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
	CMD curl -fsS "http://localhost:${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
