package io.newsroom.search.article;

import java.util.List;

/**
 * Matching articles per period, on the article's date (publication, else fetch), every period in range included.
 *
 * @param interval day, week, month or year
 * @param buckets  in time order
 */
public record Timeline(String interval, List<Point> buckets) {

    /** @param date the period's first day, YYYY-MM-DD (UTC) */
    public record Point(String date, long articles) {
    }
}
