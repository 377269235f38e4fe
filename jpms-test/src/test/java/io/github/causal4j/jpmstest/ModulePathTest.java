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
package io.github.causal4j.jpmstest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.causal4j.llm.GraphSuggester;
import io.github.causal4j.llm.GraphSuggesterProvider;
import io.github.causal4j.llm.GraphSuggesters;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * causal4j on the module path, against the packaged jars (surefire runs this module with
 * {@code useModulePath=true}; the tests are patched into {@code io.github.causal4j.jpmstest}).
 */
class ModulePathTest {

    private static final String SELF = "io.github.causal4j.jpmstest";
    private static final String CORE = "io.github.causal4j.core";
    private static final String SPI = "io.github.causal4j.llm";
    private static final String OPENAI = "io.github.causal4j.llm.openai";
    private static final List<String> NAMED = List.of(CORE, SPI, OPENAI);
    private static final List<String> AUTOMATIC = List.of("io.github.causal4j.estimators", "io.github.causal4j.sensitivity");

    /** One public class of each named module's internal package, with a public member to reach for. */
    private static final Map<String, String> INTERNAL_CLASSES = Map.of(
            CORE, "io.github.causal4j.identify.internal.MinimumVertexCut",
            SPI, "io.github.causal4j.llm.internal.Sha256",
            OPENAI, "io.github.causal4j.llm.openai.internal.Reading");

    @TempDir
    Path dir;

    private static Module module(String name) {
        return ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(
                "module " + name + " is not in the boot layer: " + ModuleLayer.boot().modules().stream()
                        .map(Module::getName).sorted().collect(Collectors.joining(", "))));
    }

    @Test
    void theTestsRunInsideTheNamedClientModule() {
        // Guards every other test: on the class path they would prove nothing.
        assertEquals(SELF, ModularClient.class.getModule().getName());
        assertEquals(SELF, ModulePathTest.class.getModule().getName());
        assertNotNull(System.getProperty("jdk.module.path"), "no --module-path");
    }

    @Test
    void theModulesResolveWithTheirDeclaredKinds() {
        for (String name : NAMED) {
            ModuleDescriptor d = module(name).getDescriptor();
            assertFalse(d.isAutomatic(), name + " should have a module-info.class");
            assertFalse(d.isOpen(), name + " should not be an open module");
            assertTrue(d.opens().isEmpty(), name + " opens " + d.opens());
        }
        for (String name : AUTOMATIC) {
            // Named from the Automatic-Module-Name manifest entry (a file name would give causal.estimators...).
            assertTrue(module(name).getDescriptor().isAutomatic(), name);
        }
        assertTrue(module(SELF).canRead(module(CORE)));
        // requires transitive: a client of the provider reads the SPI, and the SPI reads core.
        assertTrue(module(SELF).canRead(module(SPI)));
        assertTrue(module(SPI).canRead(module(CORE)));
    }

    @Test
    void everyPackageButTheInternalOnesIsExported() {
        for (String name : NAMED) {
            ModuleDescriptor d = module(name).getDescriptor();
            Set<String> internal = new TreeSet<>();
            Set<String> api = new TreeSet<>();
            for (String p : d.packages()) {
                (isInternal(p) ? internal : api).add(p);
            }
            Set<String> exported = new TreeSet<>();
            for (ModuleDescriptor.Exports e : d.exports()) {
                assertFalse(e.isQualified(), name + " exports " + e.source() + " only to " + e.targets());
                exported.add(e.source());
            }
            // A new package must be exported (or be named internal): nothing is left out by accident.
            assertEquals(api, exported, name);
            assertFalse(internal.isEmpty(), name + " has no internal package: the sealing tests below would be vacuous");
        }
        assertEquals(Set.of("io.github.causal4j", "io.github.causal4j.data", "io.github.causal4j.graph",
                "io.github.causal4j.identify", "io.github.causal4j.independence", "io.github.causal4j.result"),
                new TreeSet<>(module(CORE).getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source).toList()));
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    @Test
    void theExportedApiIsUsable() {
        String g = "dag { x -> m -> y; x <- c -> y }";
        // hand-derived: {m, c} blocks the causal path and the back-door path; {m} leaves x <- c -> y open
        assertTrue(ModularClient.dSeparated(g, "x", "y", List.of("m", "c")));
        assertFalse(ModularClient.dSeparated(g, "x", "y", List.of("m")));
        // hand-derived: Sxy = 11, Sxx = 5 for x = 0..3, y = 1, 3, 4, 8, so the slope is 2.2
        assertEquals(2.2, ModularClient.olsSlope(new double[] {0, 1, 2, 3}, new double[] {1, 3, 4, 8}), 1e-12);
        // VanderWeele & Ding 2017: E = RR + sqrt(RR (RR - 1)) = 2 + sqrt(2) for RR = 2
        assertEquals(2 + Math.sqrt(2), ModularClient.eValue(2.0), 1e-15);
    }

    @Test
    void internalPackagesAreSealedAtRunTime() throws Exception {
        Module self = ModulePathTest.class.getModule();
        for (Map.Entry<String, String> e : INTERNAL_CLASSES.entrySet()) {
            Class<?> type = Class.forName(e.getValue());
            Module owner = type.getModule();
            assertEquals(e.getKey(), owner.getName());
            String pkg = type.getPackageName();
            assertFalse(owner.isExported(pkg, self), pkg);
            assertFalse(owner.isOpen(pkg, self), pkg);
            Executable member = publicMember(type);
            assertThrows(IllegalAccessException.class, () -> call(member), "reflective call into " + member);
            assertThrows(InaccessibleObjectException.class, () -> member.setAccessible(true), member.toString());
        }
        // Control: the same reflective call into an exported package is allowed.
        Method parse = Class.forName("io.github.causal4j.graph.CausalGraph").getMethod("parse", String.class);
        assertNotNull(parse.invoke(null, "dag { a -> b }"));
    }

    /** A public static method, else a public constructor: members callable without an instance. */
    private static Executable publicMember(Class<?> type) {
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length == 0) {
            throw new AssertionError(type + " has no public static method or constructor");
        }
        return constructors[0];
    }

    /** Calls the member with default arguments; access is checked before any argument is looked at. */
    private static void call(Executable member) throws ReflectiveOperationException {
        Object[] args = new Object[member.getParameterCount()];
        Class<?>[] types = member.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i].isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0) : null;
        }
        if (member instanceof Method m) {
            m.invoke(null, args);
        } else {
            ((Constructor<?>) member).newInstance(args);
        }
    }

    @Test
    void internalPackagesAreSealedAtCompileTime() throws IOException {
        // Control first: a client of an exported type of each named module compiles.
        List<Diagnostic<? extends JavaFileObject>> ok = compileProbe("control",
                "io.github.causal4j.graph.CausalGraph", "io.github.causal4j.llm.GraphSuggesters",
                "io.github.causal4j.llm.openai.OpenAiCompatibleProvider");
        assertTrue(errors(ok).isEmpty(), () -> "the control probe should compile: " + ok);
        for (String type : INTERNAL_CLASSES.values()) {
            List<Diagnostic<? extends JavaFileObject>> diagnostics = compileProbe("sealed", type);
            String pkg = type.substring(0, type.lastIndexOf('.'));
            List<Diagnostic<? extends JavaFileObject>> errors = errors(diagnostics);
            assertFalse(errors.isEmpty(), type + " compiled from another module");
            // javac's "package ... is not visible (package ... is declared in module ..., which does not export it)"
            assertTrue(errors.stream().anyMatch(d -> d.getCode().equals("compiler.err.package.not.visible")
                    && d.getMessage(null).contains(pkg)), () -> type + ": " + diagnostics);
        }
    }

    private static List<Diagnostic<? extends JavaFileObject>> errors(List<Diagnostic<? extends JavaFileObject>> all) {
        return all.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** Compiles a module {@code probe} that requires the named modules and uses the given types. */
    private List<Diagnostic<? extends JavaFileObject>> compileProbe(String name, String... types) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name).resolve("src"));
        Path out = Files.createDirectories(dir.resolve(name).resolve("out"));
        Files.writeString(src.resolve("module-info.java"), "module probe { requires " + CORE + "; requires " + OPENAI + "; }\n");
        Path pkg = Files.createDirectories(src.resolve("probe"));
        StringBuilder body = new StringBuilder("package probe;\n\npublic class Probe {\n");
        for (int i = 0; i < types.length; i++) {
            body.append("    public static Class<?> t").append(i).append(" = ").append(types[i]).append(".class;\n");
        }
        Files.writeString(pkg.resolve("Probe.java"), body.append("}\n").toString());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler (a JRE without jdk.compiler?)");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", out.toString(),
                    "--module-path", System.getProperty("jdk.module.path")));
            javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(src.resolve("module-info.java"), pkg.resolve("Probe.java"))).call();
        }
        return diagnostics.getDiagnostics();
    }

    @Test
    void serviceLoaderFindsTheProvidersThroughUsesAndProvides() {
        Map<String, Module> byScheme = ModularClient.suggesterProviders();
        // On the module path META-INF/services files of named modules are ignored: only 'provides' counts.
        assertEquals(Set.of("openai-compat", "knowledge", "replay"), byScheme.keySet());
        assertEquals(OPENAI, byScheme.get("openai-compat").getName());
        assertEquals(SPI, byScheme.get("knowledge").getName());
        assertEquals(SPI, byScheme.get("replay").getName());
        // The SPI's own lookup (its 'uses' clause) reaches the provider in the other module.
        try (GraphSuggester s = GraphSuggesters.open("openai-compat:http://127.0.0.1:9/v1?model=probe")) {
            assertEquals(OPENAI, s.getClass().getModule().getName());
        }
        assertTrue(module(SPI).getDescriptor().uses().contains(GraphSuggesterProvider.class.getName()));
        assertTrue(ServiceLoader.load(GraphSuggesterProvider.class).stream().allMatch(p -> p.type().getModule().isNamed()));
    }
}
