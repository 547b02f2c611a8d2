function __arrsh_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __arrsh_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __arrsh_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __arrsh_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __arrsh_parse_tokens -S
    set -l unparsed_tokens (__arrsh_tokens -pc)
    switch $unparsed_tokens[1]
    case 'arrsh'
        __arrsh_parse_subcommand 1 'c=' 'echo' 'check' 'stable-ids' 'no-color' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'help'
            __arrsh_parse_subcommand -r 1 'version'
        end
    end
end

function __arrsh_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __arrsh_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __arrsh_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __arrsh_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__arrsh_tokens -p)
    if test -z "$(__arrsh_tokens -t)"
        set -l index (count (__arrsh_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'arrsh' -f
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_positional "arrsh" -eq 1' -F
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" c' -s 'c' -d 'Run CODE and exit.' -rfka ''
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" echo' -l 'echo' -d 'Print each input line after its prompt, as a transcript.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" check' -l 'check' -d 'Replay the >>> examples in FILE and report every output that differs.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" stable-ids' -l 'stable-ids' -d 'Number object ids 1001, 1002, ... instead of using addresses.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" no-color' -l 'no-color' -d 'Never colour the output.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" version' -l 'version' -d 'Show the version.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_positional "arrsh" -eq 2' -fa 'help' -d 'Show subcommand help information.'
complete -c 'arrsh' -n '__arrsh_should_offer_completions_for_flags_or_options "arrsh help" version' -l 'version' -d 'Show the version.'
