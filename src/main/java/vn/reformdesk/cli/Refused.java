package vn.reformdesk.cli;

/** A command refused before it changed anything: exit 2, with the reason in words on standard error. */
final class Refused extends RuntimeException {
    Refused(String reason) { super(reason); }
}
