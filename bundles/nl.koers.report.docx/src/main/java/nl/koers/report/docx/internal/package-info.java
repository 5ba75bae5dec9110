/**
 * The DOCX writer: Apache POI's XWPF, embedded in this bundle and never exported. Not API.
 */
package nl.koers.report.docx.internal;
