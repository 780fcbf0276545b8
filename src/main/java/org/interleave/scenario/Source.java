// Where a scenario's story comes from: a seed file and the case within it.
package org.interleave.scenario;

public record Source(String file, String caseName) {
    public String describe() {
        if (file == null || file.isBlank()) return "";
        return caseName == null || caseName.isBlank() ? file : file + ", " + caseName;
    }
}
