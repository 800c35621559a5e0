--- resty.smtpcodes: the OpenResty handler under the name lua-resty-* users
-- look for; the same module as smtpcodes.openresty.
return require "smtpcodes.openresty"
