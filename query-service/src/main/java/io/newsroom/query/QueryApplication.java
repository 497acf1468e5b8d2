package io.newsroom.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import io.newsroom.web.ApiErrors;

/** The query service: indexing, search, event merging, the dashboard, and the alert stage it hosts. */
@SpringBootApplication
@ConfigurationPropertiesScan
// here, not on a configuration class, so that the web slice tests answer errors as the service does
@Import(ApiErrors.class)
public class QueryApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryApplication.class, args);
    }
}
