package org.fengqiao.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksIdNumbersKeepingRegionAndCheckDigits() {
        assertEquals("身份证110105********002X丢了", PersonalData.mask("身份证11010519491231002X丢了"));
        assertEquals("ID 110105********0021.", PersonalData.mask("ID 110105194912310021."));
    }

    @Test
    void masksMobilePhones() {
        assertEquals("电话139****0001，急", PersonalData.mask("电话13904720001，急"));
        assertEquals("call +86 139****0001", PersonalData.mask("call +86 139 0472 0001"));
        assertEquals("座机0472-5110001不变", PersonalData.mask("座机0472-5110001不变"));
    }

    @Test
    void masksHouseNumbersButKeepsTheStreet() {
        assertEquals("少先路**号**栋**单元**室", PersonalData.mask("少先路29号3栋2单元501室"));
        assertEquals("Shaoxian Road No. **, Room **", PersonalData.mask("Shaoxian Road No. 29, Room 501"));
        assertEquals("阿尔丁大街与民族东路路口", PersonalData.mask("阿尔丁大街与民族东路路口"));
    }

    @Test
    void masksFullWidthHouseNumbers() {
        // full-width digits alone must not take the no-digit fast path
        assertEquals("钢铁大街**号院", PersonalData.mask("钢铁大街２９号院"));
        assertEquals("", PersonalData.mask(""));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertEquals("2026年11月共3次，金额1500元", PersonalData.mask("2026年11月共3次，金额1500元"));
        assertNull(PersonalData.mask(null));
    }
}
