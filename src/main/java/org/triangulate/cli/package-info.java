/**
 * The command line: {@code triangulate report}, {@code extract}, {@code entities}, {@code serve}, {@code bench} and
 * {@code train}.
 *
 * <p>Errors are split by whose fault they are: the user's (bad option, nothing readable: exit 2, a short message),
 * the program's (exit 1, stack trace). Only {@link org.triangulate.cli.Main#main} calls {@code System.exit}; the
 * commands write through writers the tests can capture.
 */
package org.triangulate.cli;
