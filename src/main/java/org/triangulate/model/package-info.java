/**
 * The immutable records passed between the stages of the pipeline.
 *
 * <p>Every record that quotes text keeps a {@link org.triangulate.model.Span}: offsets into the original document
 * text as read from its file (Java {@code String} indices, end exclusive). Records validate their arguments and copy
 * their collections in compact constructors, so a record once built is safe to share between threads.
 */
package org.triangulate.model;
