package org.fengqiao.linkage.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.linkage.api.LinkageCategory;
import org.fengqiao.linkage.api.SimpleLinkage;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class LinkageMetaTypesTest {

    private static final SimpleLinkage GAS = new SimpleLinkage("gas", LocalizedText.of("燃气公司", "Gas company"),
            "gas-company", List.of(LinkageCategory.of("leak", "燃气泄漏", "Gas leak", ofHours(1), ofDays(1)),
                    LinkageCategory.of("billing", "燃气费", "Gas bill", ofHours(8), ofDays(5)))) {
    };

    @Test
    void eachLinkagesFileHasTheDeliveryFieldsAndOneServiceCodePerCategory() {
        ObjectClassDefinition ocd = LinkageMetaTypes.definition("org.fengqiao.linkage.gas", GAS);
        assertEquals("org.fengqiao.linkage.gas", ocd.getID());
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        assertEquals(List.of("delivery", "open311.endpoint", "open311.api_key", "open311.jurisdiction_id",
                "open311.address", "open311.service_code.leak", "open311.service_code.billing"),
                Arrays.stream(all).map(AttributeDefinition::getID).toList());
        AttributeDefinition delivery = all[0];
        assertArrayEquals(new String[] { "in_app" }, delivery.getDefaultValue());
        assertEquals("", delivery.validate("open311"));
        assertEquals("expected one of in_app, open311", delivery.validate("email"));
        assertEquals(AttributeDefinition.PASSWORD, all[2].getType());
        assertNull(all[1].getDefaultValue());
        assertEquals("Service code: 燃气泄漏 / Gas leak", all[5].getName());
        assertEquals(0, ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED).length);
    }

    @Test
    void theProviderDescribesOnlyLinkagesPresent() {
        LinkageMetaTypes types = new LinkageMetaTypes();
        assertNull(types.getObjectClassDefinition("org.fengqiao.linkage.gas", null));
        types.addLinkage(GAS);
        assertEquals("org.fengqiao.linkage.gas", types.getObjectClassDefinition("org.fengqiao.linkage.gas", null)
                .getID());
        types.removeLinkage(GAS);
        assertNull(types.getObjectClassDefinition("org.fengqiao.linkage.gas", null));
    }
}
