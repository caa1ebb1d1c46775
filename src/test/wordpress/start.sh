#!/usr/bin/env bash
# Starts a real WordPress on http://127.0.0.1:${WORDPRESS_IT_PORT:-8081} for the integration tests
# (WordpressAdapterIT), installing what is missing first. Safe to run again: a second run finds
# everything in place and only prints the variables.
#
#   eval "$(src/test/wordpress/start.sh)"        # as root; then ./mvnw verify runs WordpressAdapterIT
#   src/test/wordpress/stop.sh                    # stops what start.sh started
#
# stdout: only the export lines (WORDPRESS_IT_URL, WORDPRESS_IT_USER, WORDPRESS_APP_PASSWORD).
# stderr: what the script does.
#
# What it sets up (Debian 12): the packages wordpress (with its default theme, Twenty Twenty-Three),
# apache2, libapache2-mod-php, php-mysql and curl,
# installed with a temporary policy-rc.d so that Debian does not start the system Apache on port 80;
# MariaDB reused on 127.0.0.1:3306 when root can log in there without a password, else started with
# its own PID file; a database and user for this WordPress; /etc/wordpress/config-127.0.0.1.php; an
# Apache of its own (own config file, PID file and logs, listening on 127.0.0.1 only); WordPress
# installed by a PHP script run as www-data; permalinks /%year%/%monthnum%/%postname%/; the category
# cai-cach-hanh-chinh; an application password for the user. State (PID files, generated passwords,
# logs) lives in $WORDPRESS_IT_STATE, by default /var/lib/cchc-wordpress-it, readable by root only.
set -euo pipefail

PORT=${WORDPRESS_IT_PORT:-8081}
STATE=${WORDPRESS_IT_STATE:-/var/lib/cchc-wordpress-it}
HOST=127.0.0.1
URL="http://$HOST:$PORT"
WP_USER=cchc
DB_NAME=cchc_wordpress_it
DB_USER=cchc_wordpress_it
WP_ROOT=/usr/share/wordpress
WP_CONFIG=/etc/wordpress/config-$HOST.php
# the theme is only "recommended" by wordpress, and --no-install-recommends leaves it out: without a
# theme every page is empty
PACKAGES=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-mysql curl)

log() { printf '[wordpress] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root: it installs packages and writes /etc/wordpress"
command -v apt-get >/dev/null || die "needs a Debian system (apt-get)"

install -d -m 700 "$STATE" "$STATE/run"
# One run at a time. Every daemon below is started with fd 9 closed, or it would keep the lock.
exec 9>"$STATE/start.lock"
flock 9

listening() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
secret() { # a generated secret kept in the state directory: $1 = file name, $2 = length
  local file="$STATE/$1"
  if [ ! -s "$file" ]; then
    (umask 077 && tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$2" >"$file")
  fi
  cat "$file"
}

# --- packages --------------------------------------------------------------------------------------
missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

apt_install() {
  local created_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created_policy=yes
  fi
  log "installing: $*"
  local status=0
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } \
    >&2 9>&- || status=$?
  if [ -n "$created_policy" ]; then rm -f /usr/sbin/policy-rc.d; fi
  [ "$status" -eq 0 ] || die "apt-get install failed"
}

needed=$(missing_packages "${PACKAGES[@]}")
if ! listening 3306 && [ ! -x /usr/sbin/mariadbd ]; then
  needed="$needed"$'\n'mariadb-server
fi
needed=$(printf '%s\n' "$needed" | sed '/^$/d' | sort -u | tr '\n' ' ')
if [ -n "$needed" ]; then
  # shellcheck disable=SC2086
  apt_install $needed
else
  log "packages present"
fi

# --- MariaDB ---------------------------------------------------------------------------------------
# SQL as an administrator: root over TCP without a password (the shared server), else root over the
# Unix socket (a server this script started).
admin_sql() {
  if mysql --protocol=TCP -h "$HOST" -P 3306 -uroot --connect-timeout=3 -e 'SELECT 1' >/dev/null 2>&1; then
    mysql --protocol=TCP -h "$HOST" -P 3306 -uroot "$@"
  else
    mysql -uroot "$@"
  fi
}

if listening 3306; then
  log "MariaDB answers on $HOST:3306"
else
  log "starting MariaDB on $HOST:3306"
  install -d -o mysql -g mysql /run/mysqld
  if [ ! -d /var/lib/mysql/mysql ]; then
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >&2 9>&-
  fi
  start-stop-daemon --start --background --make-pidfile --pidfile "$STATE/mariadb.pid" \
    --exec /usr/sbin/mariadbd -- --user=mysql --bind-address="$HOST" --port=3306 9>&-
  for _ in $(seq 1 60); do
    listening 3306 && break
    sleep 0.5
  done
  listening 3306 || die "MariaDB did not start (see its error log)"
fi

DB_PASSWORD=$(secret db-password 32)
admin_sql >&2 <<SQL || die "cannot create the database (no administrator access to MariaDB?)"
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL

# --- WordPress configuration -----------------------------------------------------------------------
# Debian's wp-config.php loads /etc/wordpress/config-<Host header without port>.php.
salts=""
for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
  salts+="define('$key', '$(secret "salt-$key" 64)');"$'\n'
done
config=$(cat <<PHP
<?php
// Written by src/test/wordpress/start.sh: a local WordPress for integration tests.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', '$HOST:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$salts
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// Application Passwords over plain HTTP
define('WP_ENVIRONMENT_TYPE', 'local');
// no calls to wordpress.org and browser-check servers, from the dashboard or from cron
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
\$table_prefix = 'wp_';
PHP
)
if [ ! -f "$WP_CONFIG" ] || [ "$(cat "$WP_CONFIG")" != "$config" ]; then
  log "writing $WP_CONFIG"
  install -d /etc/wordpress
  (umask 027 && printf '%s\n' "$config" >"$WP_CONFIG")
  chgrp www-data "$WP_CONFIG"
fi

# Debian keeps wp-content (uploads) under /var/lib/wordpress.
CONTENT_DIR=/var/lib/wordpress/wp-content
install -d -o www-data -g www-data "$CONTENT_DIR/uploads"

# --- Apache ----------------------------------------------------------------------------------------
PHP_MODULE=$(ls /usr/lib/apache2/modules/libphp*.so 2>/dev/null | head -1)
[ -n "$PHP_MODULE" ] || die "mod_php is missing from /usr/lib/apache2/modules"
APACHE_CONF="$STATE/apache2.conf"
cat >"$APACHE_CONF.new" <<CONF
# Written by src/test/wordpress/start.sh: an Apache of its own for the integration-test WordPress.
ServerRoot /etc/apache2
ServerName $HOST
Listen $HOST:$PORT
PidFile $STATE/apache2.pid
DefaultRuntimeDir $STATE/run
Mutex file:$STATE/run default
ErrorLog $STATE/apache-error.log
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
LoadModule php_module $PHP_MODULE
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
KeepAliveTimeout 5
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
DocumentRoot $WP_ROOT
Alias /wp-content $CONTENT_DIR
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory $WP_ROOT>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
  # the WordPress rewrite rules, here instead of in .htaccess
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory $CONTENT_DIR>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
CONF
restart=""
if [ ! -f "$APACHE_CONF" ] || ! cmp -s "$APACHE_CONF" "$APACHE_CONF.new"; then
  mv "$APACHE_CONF.new" "$APACHE_CONF"
  restart=yes
else
  rm -f "$APACHE_CONF.new"
fi
if ! /usr/sbin/apache2 -t -f "$APACHE_CONF" >/dev/null 2>&1; then
  /usr/sbin/apache2 -t -f "$APACHE_CONF" >&2 || true
  die "the Apache configuration is invalid"
fi
if alive "$STATE/apache2.pid"; then
  if [ -n "$restart" ]; then
    log "configuration changed: restarting Apache"
    /usr/sbin/apache2 -f "$APACHE_CONF" -k restart 9>&-
  else
    log "Apache already running on $URL"
  fi
else
  listening "$PORT" && die "port $PORT is taken by something else"
  log "starting Apache on $URL"
  /usr/sbin/apache2 -f "$APACHE_CONF" -k start 9>&-
fi
for _ in $(seq 1 60); do
  listening "$PORT" && break
  sleep 0.25
done
listening "$PORT" || die "Apache did not start (see $STATE/apache-error.log)"

# --- install, permalinks, category, application password -------------------------------------------
ADMIN_PASSWORD=$(secret admin-password 24)
APP_PASSWORD_FILE="$STATE/application-password"

app_password_works() {
  [ -s "$APP_PASSWORD_FILE" ] &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$WP_USER:$(cat "$APP_PASSWORD_FILE")" \
      "$URL/wp-json/wp/v2/users/me")" = 200 ]
}

# readable by www-data, unlike the state directory
SETUP_PHP=$(mktemp /tmp/cchc-wordpress-setup.XXXXXX)
trap 'rm -f "$SETUP_PHP"' EXIT
cat >"$SETUP_PHP" <<'PHP'
<?php
// Installs WordPress if needed, sets the permalinks and the category, and with "new-app-password"
// replaces the test application password, printing the new one.
$_SERVER['HTTP_HOST'] = getenv('WP_IT_HOST');
$_SERVER['SERVER_NAME'] = getenv('WP_IT_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$login = getenv('WP_IT_USER');
// no mail: the installer would write to the admin through a sendmail that is not there
add_filter('pre_wp_mail', '__return_false');
if (!is_blog_installed()) {
    $result = wp_install('Trung tâm Y tế (thử nghiệm)', $login, 'cchc@example.invalid', true, '', getenv('WP_IT_ADMIN_PASSWORD'));
    fwrite(STDERR, "installed WordPress, user {$login}\n");
}
if (get_stylesheet() !== 'twentytwentythree' && wp_get_theme('twentytwentythree')->exists()) {
    switch_theme('twentytwentythree');
    fwrite(STDERR, "theme twentytwentythree activated\n");
}
update_option('timezone_string', '');
update_option('gmt_offset', 0);
if (get_option('permalink_structure') !== '/%year%/%monthnum%/%postname%/') {
    global $wp_rewrite;
    $wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
    $wp_rewrite->flush_rules(false);
    fwrite(STDERR, "permalinks set\n");
}
if (!term_exists('cai-cach-hanh-chinh', 'category')) {
    wp_insert_term('Cải cách hành chính', 'category', ['slug' => 'cai-cach-hanh-chinh']);
    fwrite(STDERR, "category cai-cach-hanh-chinh created\n");
}
$rules = array_keys((array) get_option('rewrite_rules'));
if (!array_filter($rules, fn($rule) => str_starts_with($rule, 'category/'))) {
    // the taxonomies registered their rules before the permalinks were set (same run): again, so that
    // the category pages (the verifier's listing check) are not 404
    global $wp_rewrite;
    create_initial_taxonomies();
    $wp_rewrite->flush_rules(false);
    fwrite(STDERR, "rewrite rules of the category pages added\n");
}
if (in_array('new-app-password', $argv, true)) {
    $user = get_user_by('login', $login);
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] === 'cchc-publisher-it') {
            WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
        }
    }
    $created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'cchc-publisher-it']);
    if (is_wp_error($created)) {
        fwrite(STDERR, $created->get_error_message() . "\n");
        exit(1);
    }
    echo $created[0];
}
PHP
chmod 644 "$SETUP_PHP"

run_setup() {
  WP_IT_HOST="$HOST:$PORT" WP_IT_USER="$WP_USER" WP_IT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    runuser -u www-data -- php "$SETUP_PHP" "$@" 9>&-
}

run_setup >&2
if app_password_works; then
  log "application password still valid"
else
  log "creating an application password for $WP_USER"
  (umask 077 && run_setup new-app-password >"$APP_PASSWORD_FILE.new")
  [ -s "$APP_PASSWORD_FILE.new" ] || die "no application password was created"
  mv "$APP_PASSWORD_FILE.new" "$APP_PASSWORD_FILE"
  app_password_works || die "WordPress refuses the new application password"
fi

# /wp-json/ only answers through the rewrite rules
curl -sf "$URL/wp-json/wp/v2/categories?slug=cai-cach-hanh-chinh" | grep -q '"slug":"cai-cach-hanh-chinh"' ||
  die "the REST API does not list the category: are the rewrite rules working?"
log "WordPress ready on $URL (user $WP_USER)"

printf 'export WORDPRESS_IT_URL=%q\n' "$URL"
printf 'export WORDPRESS_IT_USER=%q\n' "$WP_USER"
printf 'export WORDPRESS_APP_PASSWORD=%q\n' "$(cat "$APP_PASSWORD_FILE")"
