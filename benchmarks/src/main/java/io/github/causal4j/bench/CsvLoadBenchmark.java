/*
 * Copyright 2026 The causal4j developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.causal4j.bench;

import io.github.causal4j.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a numeric CSV file of 10^6 rows x 20 columns into a Dataset, against the floor of the
 * CSV library's raw tokenisation of the same file (every field visited). Goal (issue 2): within 2x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class CsvLoadBenchmark {

    @Param({"1000000"})
    int rows;

    @Param({"20"})
    int columns;

    private Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("causal4j-bench", ".csv");
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < columns; c++) {
                w.write(c == 0 ? "x0" : ",x" + c);
            }
            w.write('\n');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    // A mix of what real files hold: integers, short and long decimals.
                    switch (c % 3) {
                        case 0 -> w.write(Integer.toString(random.nextInt(100)));
                        case 1 -> w.write(String.format(Locale.ROOT, "%.3f", random.nextDouble() * 100));
                        default -> w.write(Double.toString(random.nextDouble()));
                    }
                }
                w.write('\n');
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The floor: Commons CSV tokenises every record and every field is touched. */
    @Benchmark
    public long floorTokenise() throws IOException {
        long total = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                for (int c = 0; c < record.size(); c++) {
                    total += record.get(c).length();
                }
            }
        }
        return total;
    }

    /** Reading into a Dataset: tokenising, strict number parsing, type inference, columnar storage. */
    @Benchmark
    @Goal(ratio = 2, source = "issue 2")
    public int readDataset() {
        return Dataset.readCsv(file).rowCount();
    }
}
