package org.fengqiao.board.api;

import java.util.List;

/**
 * A board defined by constants: extend it, pass the definition to the constructor, and override only the policies
 * and hooks the board needs.
 */
public abstract class SimpleBoard implements Board {

    private final String id;
    private final LocalizedText name;
    private final LocalizedText description;
    private final List<Category> categories;
    private final List<IntakeField> fields;

    protected SimpleBoard(String id, LocalizedText name, LocalizedText description, List<Category> categories,
            List<IntakeField> fields) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.categories = List.copyOf(categories);
        this.fields = List.copyOf(fields);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final LocalizedText name() {
        return name;
    }

    @Override
    public final LocalizedText description() {
        return description;
    }

    @Override
    public final List<Category> categories() {
        return categories;
    }

    @Override
    public final List<IntakeField> fields() {
        return fields;
    }
}
