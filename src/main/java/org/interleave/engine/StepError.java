// The error a failed statement got: SQLState, vendor code, the database's message in one line, and its kind.
package org.interleave.engine;

public record StepError(String sqlState, int vendorCode, String shortMessage, ErrorKind kind) {}
