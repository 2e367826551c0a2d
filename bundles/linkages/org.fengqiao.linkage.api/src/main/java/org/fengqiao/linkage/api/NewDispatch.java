package org.fengqiao.linkage.api;

/** A dispatch as a dispatcher asks for it: which ticket, to which linkage and category, with what instruction. */
public record NewDispatch(Long ticketId, String linkageId, String category, String note) {
}
