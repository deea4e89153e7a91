#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t input_1[4],
    result_t layer8_out[2]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=input_1 complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=input_1,layer8_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<weight2_t, 16>(w2, "w2.txt");
        nnet::load_weights_from_txt<bias2_t, 4>(b2, "b2.txt");
        nnet::load_weights_from_txt<weight5_t, 16>(w5, "w5.txt");
        nnet::load_weights_from_txt<bias5_t, 4>(b5, "b5.txt");
        nnet::load_weights_from_txt<threshold_hi_11_t, 4>(th11, "th11.txt");
        nnet::load_weights_from_txt<threshold_lo_11_t, 4>(tl11, "tl11.txt");
        nnet::load_weights_from_txt<weight8_t, 8>(w8, "w8.txt");
        nnet::load_weights_from_txt<bias8_t, 2>(b8, "b8.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    fa_result_t layer2_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer4_t layer4_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    fb_result_t layer5_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    layer11_t layer11_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0

    nnet::dense<input_t, fa_result_t, config2>(input_1, layer2_out, w2, b2); // fa

    nnet::binary_tanh<fa_result_t, layer4_t, binary_tanh_config4>(layer2_out, layer4_out); // bt

    nnet::dense<layer4_t, fb_result_t, config5>(layer4_out, layer5_out, w5, b5); // fb

    nnet::normalize_ternary_tanh<fb_result_t, config11>(layer5_out, layer11_out, th11, tl11); // bnbt_tt_scale

    nnet::dense<layer11_t, result_t, config8>(layer11_out, layer8_out, w8, b8); // out

}

