// Tests the SVG export: well-formed XML, the SQL kept as searchable text, fallback fonts, and the diagram's size.
package org.interleave.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.Runs;
import org.interleave.diagram.SequenceLayoutBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {
    private final Java2DTextMeasurer measurer = new Java2DTextMeasurer();

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    @Test
    void isWellFormedSvgWithTheSqlAsText() throws Exception {
        DiagramInput in = Runs.input("credits-lost-update", "for-update");
        DiagramLayout layout = new SequenceLayoutBuilder(measurer).layout(in);
        Document doc = parse(new SvgRenderer(measurer).svg(layout));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(layout.width(), Double.parseDouble(root.getAttribute("width")), 0.01);
        assertEquals(layout.height(), Double.parseDouble(root.getAttribute("height")), 0.01);
        assertTrue(root.getAttribute("viewBox").startsWith("0"), "scales in browsers and Inkscape");
        List<String> texts = texts(doc);
        assertTrue(texts.contains("SELECT balance FROM accounts WHERE id = 1 FOR UPDATE"), texts.toString());
        assertTrue(texts.contains("waiting for T1's lock"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("SAFE — shop balance is 1050")), texts.toString());
    }

    @Test
    void fontsFallBackToCommonFamilies() throws Exception {
        DiagramLayout layout = new SequenceLayoutBuilder(measurer).layout(Runs.input("credits-lost-update", "none"));
        String svg = new SvgRenderer(measurer).svg(layout);
        assertTrue(svg.contains("font-family: \"DejaVu Sans\", Arial, Helvetica, sans-serif"), "sans text falls back to sans-serif");
        assertTrue(svg.contains("font-family: \"DejaVu Sans Mono\", Consolas, Menlo, \"Courier New\", monospace"), "SQL falls back to monospace");
    }

    @Test
    void sqlWithXmlSpecialCharactersStaysWellFormed() throws Exception {
        String yaml = org.interleave.diagram.ThreeLanes.YAML.replace("SELECT id, name, balance FROM accounts ORDER BY id",
                "SELECT id, name, balance FROM accounts WHERE balance <> 0 AND name <> '<&>' ORDER BY id");
        DiagramLayout layout = new SequenceLayoutBuilder(measurer).layout(DiagramInput.of(Runs.fromYaml(yaml, "none")));
        List<String> texts = texts(parse(new SvgRenderer(measurer).svg(layout)));
        assertTrue(texts.stream().anyMatch(t -> t.contains("name <> '<&>'")), texts.toString());
    }
}
