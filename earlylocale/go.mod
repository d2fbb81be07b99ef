module earlylocale

go 1.26.8
