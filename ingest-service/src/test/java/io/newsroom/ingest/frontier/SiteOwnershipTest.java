package io.newsroom.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.newsroom.ingest.site.Site;

class SiteOwnershipTest {

    private static final int PARTITIONS = 6;
    private static final List<Site> SITES = List.of(Site.of("https://www.bbc.co.uk/a"), Site.of("https://tass.com/b"),
            Site.of("https://www.aljazeera.com/c"), Site.of("http://localhost:8090/d"), Site.of("http://127.0.0.2/e"));

    private final SiteOwnership ownership = new SiteOwnership(() -> PARTITIONS);

    @Test
    void aSingleInstanceAssignedEveryPartitionOwnsEverySite() {
        ownership.assigned(IntStream.range(0, PARTITIONS).boxed().toList());
        assertThat(SITES).allMatch(ownership::owns);
    }

    @Test
    void anInstanceOwnsTheSitesOfItsPartitionsOnlyAndNothingBeforeItsFirstAssignment() {
        assertThat(SITES).noneMatch(ownership::owns);
        Site bbc = SITES.get(0);
        ownership.assigned(List.of(bbc.partition(PARTITIONS)));
        for (Site site : SITES) {
            assertThat(ownership.owns(site)).as(site.name()).isEqualTo(site.partition(PARTITIONS) == bbc.partition(PARTITIONS));
        }
        ownership.revoked(List.of(bbc.partition(PARTITIONS)));
        assertThat(ownership.owns(bbc)).isFalse();
        assertThatThrownBy(() -> ownership.whileOwned(bbc, () -> "request")).isInstanceOf(SiteOwnership.NotOwned.class);
    }

    @Test
    void twoInstancesSplittingThePartitionsOwnEachSiteExactlyOnce() {
        SiteOwnership other = new SiteOwnership(() -> PARTITIONS);
        ownership.assigned(List.of(0, 2, 4));
        other.assigned(List.of(1, 3, 5));
        assertThat(SITES).allMatch(s -> ownership.owns(s) ^ other.owns(s));
    }

    @Test
    void aSiteIsGivenUpOnlyAfterTheRequestInFlightToItHasEnded() throws Exception {
        Site site = SITES.get(1);
        ownership.assigned(List.of(site.partition(PARTITIONS)));
        CountDownLatch requesting = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<String> order = new ArrayList<>();
        CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> ownership.whileOwned(site, () -> {
            requesting.countDown();
            await(finish);
            synchronized (order) {
                order.add("request ended");
            }
            return "page";
        }));
        requesting.await(5, TimeUnit.SECONDS);
        CompletableFuture<Void> revocation = CompletableFuture.runAsync(() -> {
            ownership.revoked(List.of(site.partition(PARTITIONS)));
            synchronized (order) {
                order.add("revoked");
            }
        });
        Thread.sleep(200);
        assertThat(revocation).as("the revocation waits for the request").isNotDone();
        finish.countDown();
        assertThat(request.get(5, TimeUnit.SECONDS)).isEqualTo("page");
        revocation.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("request ended", "revoked");
        assertThat(ownership.owns(site)).isFalse();
    }

    @Test
    void listenersHearWhichPartitionsWereTakenOver() {
        List<Set<Integer>> heard = new ArrayList<>();
        ownership.onAssigned(heard::add);
        ownership.assigned(List.of(1, 4));
        ownership.assigned(List.of(2));
        assertThat(heard).containsExactly(Set.of(1, 4), Set.of(2));
    }

    @Test
    void anEntryBelongsToItsSitesPartitionOnly() {
        Site site = SITES.get(2);
        int home = site.partition(PARTITIONS);
        assertThat(ownership.isHome(site, home)).isTrue();
        assertThat(ownership.isHome(site, (home + 1) % PARTITIONS)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
