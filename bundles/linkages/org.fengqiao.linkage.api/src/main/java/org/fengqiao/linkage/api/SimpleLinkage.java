package org.fengqiao.linkage.api;

import java.util.List;
import java.util.Map;

import org.fengqiao.board.api.LocalizedText;

/**
 * A linkage defined by constants, with its delivery read from its configuration: extend it, pass the definition to
 * the constructor, designate {@link DeliveryConfig} and call {@link #configure(DeliveryConfig, Map)} from the
 * component's activate and modified methods.
 */
public abstract class SimpleLinkage implements DepartmentLinkage {

    private final String id;
    private final LocalizedText name;
    private final String departmentUnit;
    private final List<LinkageCategory> categories;
    private volatile Delivery delivery = Delivery.inApp();

    protected SimpleLinkage(String id, LocalizedText name, String departmentUnit, List<LinkageCategory> categories) {
        this.id = id;
        this.name = name;
        this.departmentUnit = departmentUnit;
        this.categories = List.copyOf(categories);
    }

    /**
     * Takes the delivery from the configuration; a wrong setting fails the component with its name.
     *
     * @param properties the whole configuration, for the {@code open311.service_code.<category>} family
     */
    protected final void configure(DeliveryConfig config, Map<String, ?> properties) {
        delivery = Delivery.fromConfiguration(config, properties);
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
    public final String departmentUnit() {
        return departmentUnit;
    }

    @Override
    public final List<LinkageCategory> categories() {
        return categories;
    }

    @Override
    public final Delivery delivery() {
        return delivery;
    }
}
