package app.baton.ticket;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
