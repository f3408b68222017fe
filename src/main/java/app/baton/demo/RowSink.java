package app.baton.demo;

/** Where generated rows go; the generator decides what rows exist, a sink how they are stored. */
interface RowSink {

    /** One row of the table, values in the order of {@link DemoTable#columns}. */
    void insert(DemoTable table, Object... values);
}
