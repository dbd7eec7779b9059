package kr.catalog.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import kr.catalog.ingest.report.RejectSink;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Supplier XLSX feeds, streamed with POI's event API (SAX over the sheet XML) so a sheet of tens of
 * thousands of rows never sits in memory as a workbook.
 *
 * <p>Reads the first sheet; its first non-empty row is the header. Cells come as Excel shows them
 * (POI {@link DataFormatter} with the cell's number format, root locale): a date cell formatted
 * {@code yyyy-mm-dd} arrives as {@code 2024-03-01}, a number as its digits. The line reported is
 * the row number Excel shows.
 */
public final class XlsxFeedReader implements FeedReader {
  private final FeedProfile profile;

  /** A reader for feeds of the given profile. */
  public XlsxFeedReader(FeedProfile profile) {
    this.profile = profile;
  }

  @Override
  public Result read(Path file, String name, Consumer<FeedRow> rows, RejectSink rejects)
      throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return new Result(0, List.of());
      }
      RowCollector collector = new RowCollector(name, rows);
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = SAXHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, collector, new DataFormatter(Locale.ROOT), false));
        xml.parse(new InputSource(sheet));
      }
      if (collector.header == null) {
        return new Result(0, List.of());
      }
      return new Result(collector.count, collector.header.ignored());
    } catch (InvalidFormatException e) {
      throw new FeedFormatException(name + ": not an XLSX workbook (" + e.getMessage() + ")");
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException(name + ": unreadable workbook: " + e.getMessage(), e);
    } catch (org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.ooxml.POIXMLException e) {
      // Not a zip, or a zip cut short or without the workbook parts: POI says so unchecked.
      throw new IOException(name + ": not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof FeedFormatException f) {
        throw f;
      }
      throw e;
    }
  }

  private final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String name;
    private final Consumer<FeedRow> rows;
    private final List<String> cells = new ArrayList<>();
    private TableHeader header;
    private long count;

    RowCollector(String name, Consumer<FeedRow> rows) {
      this.name = name;
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      // Missing cells are skipped by the event API: place each by its column letter.
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add(null);
      }
      cells.add(formattedValue);
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (header == null) {
        header = new TableHeader(List.copyOf(cells));
        if (!header.isProductFeed()) {
          throw new IllegalStateException(
              new FeedFormatException(name + ": header has no product code column"));
        }
        return;
      }
      count++;
      rows.accept(
          new FeedRow(
              name, rowNum + 1L, header.values(cells), Map.of(), header.defaultUnits(), profile));
    }
  }
}
