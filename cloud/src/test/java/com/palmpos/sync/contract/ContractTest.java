package com.palmpos.sync.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.palmpos.cloud.CloudEmulator;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTest {
    private static JsonNode spec;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = ContractTest.class.getResourceAsStream("/openapi/palmpos-v1.yaml")) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void documentIsOpenApi3WithPathsAndSchemas() {
        assertThat(spec.path("openapi").asText()).startsWith("3.");
        assertThat(spec.path("paths").size()).isGreaterThan(10);
        assertThat(spec.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void emulatorServesExactlyTheDocumentedOperations(@TempDir Path dir) {
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = spec.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = spec.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        try (CloudEmulator emulator = com.palmpos.cloud.TestClouds.start(dir)) {
            assertThat(new TreeSet<>(emulator.operations())).isEqualTo(documented);
        }
    }

    @Test
    void everyMutatingOperationRequiresAnIdempotencyKey() {
        List<String> missing = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().path("post");
            if (!post.isMissingNode() && !post.path("parameters").toString().contains("IdempotencyKey")) {
                missing.add(path.getKey());
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void recordsHaveExactlyTheDocumentedProperties() throws Exception {
        JsonNode schemas = spec.path("components").path("schemas");
        List<String> checked = new ArrayList<>();
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Class<?> type = Class.forName("com.palmpos.sync.api." + name);
            Set<String> fields = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            Set<String> documented = new TreeSet<>();
            schemas.path(name).path("properties").fieldNames().forEachRemaining(documented::add);
            assertThat(fields).as(name).isEqualTo(documented);
            checked.add(name);
        }
        assertThat(checked).contains("OrderUpload", "CustomerProfile", "Payment");
    }
}
