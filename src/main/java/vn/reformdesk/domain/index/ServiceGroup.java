package vn.reformdesk.domain.index;

/** A group of the Citizen and Business Service Index (one bar on the portal) and its maximum points. */
public record ServiceGroup(String code, double max) {
}
