package com.palmpos.pos.menu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.palmpos.pos.menu.internal.MenuBuilder;
import com.palmpos.pos.menu.internal.MenuJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a menu JSON file and validates it completely: a bad file gives a {@link MenuFormatException} that names every
 * bad item and field, e.g. {@code item 'tomato-soup' (items[0]) price: '6.505' has more than 2 decimals}.
 * Thread-safe; loading the demo menu takes a few milliseconds.
 */
public final class MenuLoader {
    /** Classpath location of the bakery-cafe demo menu in the resources module. */
    public static final String DEMO_MENU = "/com/palmpos/resources/menu/demo-menu.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Menu load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read menu " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the demo menu shipped in the resources jar. */
    public Menu loadDemo() {
        try (InputStream in = MenuLoader.class.getResourceAsStream(DEMO_MENU)) {
            if (in == null) {
                throw new IllegalStateException("demo menu " + DEMO_MENU + " is missing: is palmpos-resources on the classpath?");
            }
            return load(in, "demo menu");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates; {@code source} names the input in messages. Does not close {@code in}. */
    public Menu load(InputStream in, String source) throws IOException {
        MenuJson json;
        try {
            json = mapper.readValue(in, MenuJson.class);
        } catch (JsonProcessingException e) {
            throw new MenuFormatException(source, List.of(describe(e)), e);
        }
        if (json == null) {
            throw new MenuFormatException(source, List.of("the file is empty"), null);
        }
        MenuBuilder builder = new MenuBuilder(json);
        Menu menu = builder.build();
        if (!builder.problems().isEmpty()) {
            throw new MenuFormatException(source, builder.problems(), null);
        }
        return menu;
    }

    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "' at " + path(u.getPath()) + where
                    + "; known fields: " + u.getKnownPropertyIds();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "field " + path(m.getPath()) + " has the wrong type" + where + ": " + m.getOriginalMessage();
        }
        return "not valid JSON" + where + ": " + e.getOriginalMessage();
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        String joined = refs.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return joined.startsWith(".") ? joined.substring(1) : (joined.isEmpty() ? "the top level" : joined);
    }
}
