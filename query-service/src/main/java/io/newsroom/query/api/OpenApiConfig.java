package io.newsroom.query.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** What the OpenAPI document (/v3/api-docs, made from the controllers) says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI newsroomOpenApi() {
        return new OpenAPI().info(new Info().title("newsroom query API").version("v1")
                .description("Search, facets, timelines, export, entities and diplomatic events over the enriched articles. "
                        + "Every parameter arrives as a string: a malformed one is a 400 with a JSON message naming it; "
                        + "an unknown id is a 404; the search cluster unavailable is a 503. Exports, alert rules and the "
                        + "alert history need the read key or the write key in X-API-Key (401 without), changes the "
                        + "write key."));
    }
}
