// One table of a run as its engine's catalog describes it: its name and the columns to read.
package org.interleave.engine;

import java.util.List;

public record TableShape(String name, List<String> columns) {}
