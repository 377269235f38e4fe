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
package io.github.causal4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the root README.md compiles against the library, so that the
 * README cannot drift from the API. Each block becomes one compilation unit:
 * <ul>
 *   <li>a block that declares a top-level class (record, interface, enum) compiles as written;</li>
 *   <li>otherwise its {@code import} lines join {@link #IMPORTS}, and its other lines become the
 *       body of {@code void snippet() throws Exception} in a class whose fields are
 *       {@link #PREAMBLE}: the few variables the README uses without declaring them (a snippet's
 *       own declaration of the same name shadows the field).</li>
 * </ul>
 * Errors are reported with the README's line number, the message and the block's text.
 */
class ReadmeSnippetsTest {

    static final Path README = Programs.DATASETS.resolve("../README.md").normalize();

    /** What a README block may use without importing it: the public packages, java.util and java.nio.file. */
    static final List<String> IMPORTS = List.of(
            "io.github.causal4j.*", "io.github.causal4j.data.*", "io.github.causal4j.graph.*",
            "io.github.causal4j.identify.*", "io.github.causal4j.independence.*", "io.github.causal4j.result.*",
            "io.github.causal4j.estimate.*", "io.github.causal4j.estimate.analysis.*",
            "io.github.causal4j.estimate.backdoor.*", "io.github.causal4j.estimate.iv.*",
            "io.github.causal4j.estimate.proximal.*", "io.github.causal4j.estimate.refute.*",
            "io.github.causal4j.sensitivity.*", "io.github.causal4j.bounds.*", "io.github.causal4j.llm.*",
            "io.github.causal4j.spark.*", "java.util.*", "java.nio.file.*");

    /**
     * The variables README blocks use without declaring them: the data sets of the sections
     * (Darfur, LaLonde, the cigarette panel, a generic {@code data}), the Darfur graph, a Spark
     * session and the Darfur covariate list.
     */
    static final List<String> PREAMBLE = List.of(
            "Dataset darfur, lalonde, cigarettes, data;",
            "CausalGraph graph;",
            "org.apache.spark.sql.SparkSession spark;",
            "List<String> covariates;");

    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(class|record|interface|enum)\\s+(\\w+)");

    /** A README block: its first line's number in README.md and its lines. */
    record Block(int firstLine, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    /** A generated compilation unit: its class name, source, and for each source line the README line (0 if none). */
    record Unit(Block block, String className, String source, int[] readmeLine) {
    }

    static List<Block> javaBlocks(List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).strip().equals("```java")) {
                int start = i + 1;
                int end = start;
                while (end < readme.size() && !readme.get(end).strip().startsWith("```")) {
                    end++;
                }
                if (end == readme.size()) {
                    fail("README.md line " + (i + 1) + ": the ```java block is never closed");
                }
                blocks.add(new Block(start + 1, List.copyOf(readme.subList(start, end))));
                i = end;
            }
        }
        return blocks;
    }

    static Unit unit(Block block, int index) {
        for (String line : block.lines()) {
            Matcher m = TYPE_DECLARATION.matcher(line);
            if (m.find()) {
                int[] map = new int[block.lines().size() + 1];
                for (int k = 0; k < block.lines().size(); k++) {
                    map[k + 1] = block.firstLine() + k;
                }
                return new Unit(block, m.group(3), block.text(), map);
            }
        }
        String className = "ReadmeSnippet" + index;
        List<String> source = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        IMPORTS.forEach(p -> add(source, origin, "import " + p + ";", 0));
        for (int k = 0; k < block.lines().size(); k++) {
            if (block.lines().get(k).startsWith("import ")) {
                add(source, origin, block.lines().get(k), block.firstLine() + k);
            }
        }
        add(source, origin, "@SuppressWarnings(\"unused\") class " + className + " {", 0);
        PREAMBLE.forEach(p -> add(source, origin, "    " + p, 0));
        add(source, origin, "    void snippet() throws Exception {", 0);
        for (int k = 0; k < block.lines().size(); k++) {
            if (!block.lines().get(k).startsWith("import ")) {
                add(source, origin, block.lines().get(k), block.firstLine() + k);
            }
        }
        add(source, origin, "    }", 0);
        add(source, origin, "}", 0);
        int[] map = new int[origin.size() + 1];
        for (int k = 0; k < origin.size(); k++) {
            map[k + 1] = origin.get(k);
        }
        return new Unit(block, className, String.join("\n", source) + "\n", map);
    }

    private static void add(List<String> source, List<Integer> origin, String line, int readmeLine) {
        source.add(line);
        origin.add(readmeLine);
    }

    @Test
    void everyJavaBlockOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
        List<Block> blocks = javaBlocks(Files.readAllLines(README));
        assertFalse(blocks.isEmpty(), "no ```java block in " + README);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            units.add(unit(blocks.get(i), i + 1));
        }
        List<String> errors = compile(units, classes);
        if (!errors.isEmpty()) {
            fail(errors.size() + " compilation error(s) in README.md's Java blocks:\n\n" + String.join("\n\n", errors));
        }
        for (Unit u : units) {
            assertTrue(Files.exists(classes.resolve(u.className() + ".class")), "no class file for the block at line "
                    + u.block().firstLine());
        }
    }

    /** The checker itself: a block that uses a method the library lacks, and one naming a missing variable, fail. */
    @Test
    void aBlockOutOfStepWithTheApiFails(@TempDir Path classes) {
        Block stale = new Block(7, List.of("Dataset d = Dataset.readCsv(Path.of(\"x.csv\"));", "d.noSuchMethod();"));
        List<String> errors = compile(List.of(unit(stale, 1)), classes);
        assertTrue(errors.size() == 1 && errors.get(0).startsWith("README.md line 8:") && errors.get(0).contains(
                "noSuchMethod"), errors.toString());
        Block undeclared = new Block(20, List.of("int n = rows.size();"));
        List<String> more = compile(List.of(unit(undeclared, 2)), classes);
        assertTrue(more.size() == 1 && more.get(0).startsWith("README.md line 20:"), more.toString());
        Block whole = new Block(30, List.of("import java.util.List;", "", "public class Whole {",
                "    List<String> x = 1;", "}"));
        List<String> typed = compile(List.of(unit(whole, 3)), classes);
        assertTrue(typed.size() == 1 && typed.get(0).startsWith("README.md line 33:"), typed.toString());
    }

    /** @return one message per error: README line, compiler message, and the block; classes go to {@code out} */
    static List<String> compile(List<Unit> units, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Unit u : units) {
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + u.className() + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return u.source();
                }
            });
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none", "--release", "17");
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Unit u = units.stream().filter(x -> d.getSource() != null && d.getSource().getName().endsWith(
                    "/" + x.className() + ".java")).findFirst().orElse(null);
            if (u == null) {
                errors.add(d.getMessage(Locale.ROOT));
                continue;
            }
            int line = (int) d.getLineNumber();
            int readmeLine = line > 0 && line < u.readmeLine().length ? u.readmeLine()[line] : 0;
            errors.add("README.md line " + (readmeLine > 0 ? readmeLine : "?") + ": " + d.getMessage(Locale.ROOT)
                    + "\nin the block at line " + u.block().firstLine() + ":\n" + u.block().text());
        }
        return errors;
    }
}
