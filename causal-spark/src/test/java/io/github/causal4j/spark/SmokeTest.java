package io.github.causal4j.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() {
        long t0 = System.nanoTime();
        SparkSession s = SparkSession.builder().master("local[2]").appName("smoke").config("spark.ui.enabled", "false").getOrCreate();
        System.out.println("start " + (System.nanoTime() - t0) / 1e9);
        System.out.println(s.range(1000).selectExpr("sum(id)").collectAsList());
        System.out.println("done " + (System.nanoTime() - t0) / 1e9);
        s.stop();
    }
}
