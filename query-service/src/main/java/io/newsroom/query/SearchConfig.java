package io.newsroom.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.search.SearchClients;
import io.newsroom.search.SearchSettings;
import io.newsroom.search.article.ArticleExport;
import io.newsroom.search.article.ArticleFacets;
import io.newsroom.search.article.ArticleSearch;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.search.entity.EntityStats;
import io.newsroom.search.event.EventStore;
import io.newsroom.search.index.ArticleIndex;
import io.newsroom.search.index.ArticleIndexer;
import io.newsroom.search.index.IndexLifecycle;

/** The search library's parts as this service's beans, on the cluster and the indices its settings name. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfig {

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(QueryProperties props) {
        return SearchClients.connect(props.elasticsearch().uris());
    }

    @Bean
    SearchSettings searchSettings(QueryProperties props) {
        return props.search();
    }

    @Bean
    ArticleIndex articleIndex(ElasticsearchClient es, SearchSettings settings) {
        return new ArticleIndex(es, settings);
    }

    @Bean
    ArticleIndexer articleIndexer(ElasticsearchClient es, ArticleIndex index) {
        return new ArticleIndexer(es, index);
    }

    @Bean
    IndexLifecycle indexLifecycle(ElasticsearchClient es, ArticleIndex index, SearchSettings settings) {
        return new IndexLifecycle(es, index, settings);
    }

    @Bean
    ArticleSearch articleSearch(ElasticsearchClient es, ArticleIndex index) {
        return new ArticleSearch(es, index);
    }

    @Bean
    ArticleFacets articleFacets(ElasticsearchClient es, ArticleIndex index) {
        return new ArticleFacets(es, index);
    }

    @Bean
    ArticleExport articleExport(ElasticsearchClient es, ArticleIndex index) {
        return new ArticleExport(es, index);
    }

    /** The gazetteer, loaded once (a few seconds): names in queries, the entity lookup, names in alert rules. */
    @Bean
    EntityDirectory entityDirectory() {
        return new EntityDirectory();
    }

    @Bean
    EntityStats entityStats(ElasticsearchClient es, ArticleIndex index) {
        return new EntityStats(es, index);
    }

    @Bean
    EventStore eventStore(ElasticsearchClient es, SearchSettings settings) {
        return new EventStore(es, settings);
    }
}
