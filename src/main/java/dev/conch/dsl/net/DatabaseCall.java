package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.net.db.Database;
import dev.conch.net.db.DatabaseOptions;
import dev.conch.net.db.SharedSql;
import dev.conch.net.db.SqlResult;
import dev.conch.runtime.ConchRuntime;
import dev.conch.view.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-ins {@code database} and {@code sql}: the session's default SQLite file or another
 * database by its JDBC URL, as Groovy's own {@code groovy.sql.Sql} that tasks may share; and a
 * statement whose rows are printed as a table and given back. Immutable.
 */
final class DatabaseCall {
  private static final int ROWS_SHOWN = 50;

  private final ConchRuntime runtime;
  private final NetServices services;

  DatabaseCall(ConchRuntime runtime) {
    this.runtime = runtime;
    this.services = NetServices.of(runtime);
  }

  /** The default database, {@code ~/.conch/conch.db}. */
  SharedSql database() {
    return services.database().sql();
  }

  /** The database at {@code url}, with {@code user:} and {@code password:} when it needs them. */
  SharedSql database(Map<String, ?> given, CharSequence url) {
    Builtins.checkOptions("database", given);
    Object user = given.get("user");
    Object password = given.get("password");
    return services
        .open(
            DatabaseOptions.url(
                url.toString(),
                user == null ? null : user.toString(),
                password == null ? null : password.toString()))
        .sql();
  }

  /** Runs {@code statement} on {@code db}, prints its rows (or how many it changed), gives them. */
  List<Map<String, Object>> sql(SharedSql db, CharSequence statement) {
    Database database = db == null ? services.database() : db.getDatabase();
    SqlResult result = database.query(statement.toString(), List.of());
    var out = runtime.output().out();
    var m = CurrentRuntime.look(runtime).messages();
    if (!result.isQuery()) {
      out.println(m.get("sql.changed", result.updateCount()));
      return List.of();
    }
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row :
        result.rows().subList(0, Math.min(ROWS_SHOWN, result.rows().size()))) {
      cells.add(
          result.columns().stream()
              .map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c)))
              .toList());
    }
    out.println(TextTable.render(result.columns(), cells));
    out.println(m.get("sql.rows", result.rows().size()));
    return result.rows();
  }
}
