// After launch hardening, no Java deserialization succeeds anywhere in the process.
package org.interleave;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ProcessHardeningTest {
    @Test
    void everyDeserializationIsRejectedOnceHardened() throws Exception {
        ProcessHardening.refuseDeserialization();
        ProcessHardening.refuseDeserialization(); // a second call is harmless
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            HashSet<Object> nested = new HashSet<>();
            nested.add(new HashSet<>());
            out.writeObject(nested);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThrows(InvalidClassException.class, in::readObject);
        }
    }
}
